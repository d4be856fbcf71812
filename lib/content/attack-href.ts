// Where a technique chip links: our own technique page (/attack/<ID>/), which exists for every technique a rule
// is tagged with, including IDs newer than the ATT&CK data (see app/attack/[id]/page.tsx). Chips are plain <a>
// elements, so the base path goes in front here.

/** Site path of a technique or sub-technique page (T1059.001 -> /attack/T1059.001/). */
export function techniqueHref(id: string): string {
  return `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/attack/${id.toUpperCase()}/`;
}
