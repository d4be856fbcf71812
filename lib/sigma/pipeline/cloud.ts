// Cloud audit logs: AWS CloudTrail, Azure (activity, Entra ID audit, sign-ins, risk), Microsoft 365, GCP.
// Sigma uses the providers' own JSON field names; Sentinel flattens some into columns and keeps the rest as JSON.
import type { TableTarget } from './types';

export const awsCloudTrail: TableTarget = {
  variant: 'AWS CloudTrail',
  table: 'AWSCloudTrail',
  filters: [],
  fields: {
    eventName: { column: 'EventName' },
    eventSource: { column: 'EventSource' },
    eventType: { column: 'EventTypeName' },
    errorCode: { column: 'ErrorCode' },
    errorMessage: { column: 'ErrorMessage' },
    userAgent: { column: 'UserAgent' },
    sourceIPAddress: { column: 'SourceIpAddress' },
    awsRegion: { column: 'AWSRegion' },
    recipientAccountId: { column: 'RecipientAccountId' },
    'userIdentity.type': { column: 'UserIdentityType' },
    'userIdentity.arn': { column: 'UserIdentityArn' },
    'userIdentity.accountId': { column: 'UserIdentityAccountId' },
    'userIdentity.principalId': { column: 'UserIdentityPrincipalid' },
    'userIdentity.userName': { column: 'UserIdentityUserName' },
    'userIdentity.invokedBy': { column: 'UserIdentityInvokedBy' },
    'userIdentity.sessionContext.sessionIssuer.type': { column: 'SessionIssuerType' },
    'userIdentity.sessionContext.sessionIssuer.arn': { column: 'SessionIssuerArn' },
    'userIdentity.sessionContext.sessionIssuer.userName': { column: 'SessionIssuerUserName' },
    requestParameters: { column: 'RequestParameters' },
    responseElements: { column: 'ResponseElements' },
    additionalEventData: { column: 'AdditionalEventData' },
  },
  json: {
    requestParameters: 'RequestParameters',
    responseElements: 'ResponseElements',
    additionalEventData: 'AdditionalEventData',
  },
};

export const azureActivity: TableTarget = {
  variant: 'Azure Activity',
  table: 'AzureActivity',
  filters: [],
  fields: {
    // Sigma's operationName is the operation's resource-provider form (MICROSOFT.COMPUTE/.../WRITE).
    operationName: { column: 'OperationNameValue' },
    OperationNameValue: { column: 'OperationNameValue' },
    ResourceId: { column: 'ResourceId' },
    ResourceProviderValue: { column: 'ResourceProviderValue' },
    CategoryValue: { column: 'CategoryValue' },
  },
};

export const azureAuditLogs: TableTarget = {
  variant: 'Entra ID audit',
  table: 'AuditLogs',
  filters: [],
  fields: {
    Category: { column: 'Category' },
    category: { column: 'Category' },
    OperationName: { column: 'OperationName' },
    operationName: { column: 'OperationName' },
    ActivityDisplayName: { column: 'ActivityDisplayName' },
    LoggedByService: { column: 'LoggedByService' },
    Result: { column: 'Result' },
  },
};

export const azureSignIns: TableTarget = {
  variant: 'Entra ID sign-ins',
  table: 'SigninLogs',
  filters: [],
  fields: {
    ResultType: { column: 'ResultType' },
    // A successful sign-in is error code 0; other statuses have no single stored form.
    Status: { column: 'ResultType', values: { success: '0' } },
    ResultDescription: { column: 'ResultDescription' },
    Resultdescription: { column: 'ResultDescription' },
    AuthenticationRequirement: { column: 'AuthenticationRequirement' },
    ResourceDisplayName: { column: 'ResourceDisplayName' },
    AppDisplayName: { column: 'AppDisplayName' },
    RiskState: { column: 'RiskState' },
    conditionalAccessStatus: { column: 'ConditionalAccessStatus' },
    ConditionalAccessStatus: { column: 'ConditionalAccessStatus' },
    NetworkLocationDetails: { column: 'NetworkLocationDetails' },
    userAgent: { column: 'UserAgent' },
    UserAgent: { column: 'UserAgent' },
    ClientApp: { column: 'ClientAppUsed' },
    // DeviceDetail is a dynamic object; its keys are camelCase.
    'DeviceDetail.trusttype': {
      column: 'DeviceDetailTrustType',
      compute: 'tostring(DeviceDetail.trustType)',
    },
    'DeviceDetail.deviceId': { column: 'DeviceDetailId', compute: 'tostring(DeviceDetail.deviceId)' },
    'DeviceDetail.isCompliant': {
      column: 'DeviceDetailIsCompliant',
      compute: 'tostring(DeviceDetail.isCompliant)',
    },
  },
};

export const azureRiskDetection: TableTarget = {
  variant: 'Entra ID risk detections',
  table: 'AADUserRiskEvents',
  filters: [],
  fields: { riskEventType: { column: 'RiskEventType' } },
};

export const m365Audit: TableTarget = {
  variant: 'Microsoft 365',
  table: 'OfficeActivity',
  filters: [],
  fields: {
    Operation: { column: 'Operation' },
    Workload: { column: 'OfficeWorkload' },
    ResultStatus: { column: 'ResultStatus' },
    ObjectId: { column: 'OfficeObjectId' },
    ApplicationId: { column: 'ApplicationId' },
  },
};

export const gcpAudit: TableTarget = {
  variant: 'GCP audit',
  table: 'GCPAuditLogs',
  filters: [],
  fields: {
    'gcp.audit.method_name': { column: 'MethodName' },
    'data.protoPayload.methodName': { column: 'MethodName' },
    'data.protoPayload.serviceName': { column: 'ServiceName' },
    'data.protoPayload.resource.type': { column: 'GCPResourceType' },
    'data.protoPayload.logName': { column: 'LogName' },
  },
};

/** Kubernetes API audit events as AKS writes them (resource-specific diagnostic table). */
export const aksAudit: TableTarget = {
  variant: 'AKS audit',
  table: 'AKSAudit',
  filters: [],
  fields: {
    verb: { column: 'Verb' },
    userAgent: { column: 'UserAgent' },
    requestURI: { column: 'RequestUri' },
  },
  json: { objectRef: 'ObjectRef', responseStatus: 'ResponseStatus' },
};
