// attack.mitre.org addresses, built from IDs alone so they work for IDs the shipped data does not know yet.

const SITE = 'https://attack.mitre.org';

/** T1059 → …/techniques/T1059/, T1059.001 → …/techniques/T1059/001/ */
export function techniqueUrl(id: string): string {
  const [parent, sub] = id.toUpperCase().split('.');
  return sub ? `${SITE}/techniques/${parent}/${sub}/` : `${SITE}/techniques/${parent}/`;
}

export function tacticUrl(id: string): string {
  return `${SITE}/tactics/${id.toUpperCase()}/`;
}

export function groupUrl(id: string): string {
  return `${SITE}/groups/${id.toUpperCase()}/`;
}

export function softwareUrl(id: string): string {
  return `${SITE}/software/${id.toUpperCase()}/`;
}

export const MATRIX_URL = `${SITE}/matrices/enterprise/`;
