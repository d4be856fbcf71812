import { KqlPanel } from './KqlPanel';
import type { DetectionView } from './rule-types';
import { CodeBlock } from './ui/CodeBlock';
import { Tabs } from './ui/Tabs';

/** "Detection Rule": the Sigma original and the KQL, as deep-linkable tabs (#sigma, #kql). */
export function DetectionRule({
  detection,
  sigmaFileName,
}: {
  detection: DetectionView;
  sigmaFileName: string;
}) {
  return (
    <section aria-labelledby="detection-heading" className="space-y-2">
      <h2 id="detection-heading" className="h2">
        Detection Rule
      </h2>
      <Tabs
        label="Detection rule"
        hashLinked
        tabs={[
          {
            id: 'sigma',
            label: 'Sigma (Original)',
            panel: (
              <CodeBlock
                html={detection.sigmaHtml}
                id="sigma-code"
                caption={sigmaFileName}
                what="Sigma rule"
                download={detection.sigmaDownload}
              />
            ),
          },
          { id: 'kql', label: 'KQL (Azure Sentinel)', panel: <KqlPanel detection={detection} /> },
        ]}
      />
    </section>
  );
}
