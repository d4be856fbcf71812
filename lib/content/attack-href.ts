// Where a technique chip links. ATT&CK's own site until our /attack/<ID>/ pages exist; switch it here only.

/** URL of a technique or sub-technique (T1059.001 -> .../techniques/T1059/001/). */
export function techniqueHref(id: string): string {
  const [technique, sub] = id.split('.');
  return sub
    ? `https://attack.mitre.org/techniques/${technique}/${sub}/`
    : `https://attack.mitre.org/techniques/${technique}/`;
}
