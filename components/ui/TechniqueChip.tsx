/** An ATT&CK technique ID as a link; the href is decided by the page's data (lib/content techniqueHref). */
export function TechniqueChip({ id, href }: { id: string; href: string }) {
  const external = /^https?:/.test(href);
  return (
    <a
      href={href}
      {...(external ? { rel: 'noopener noreferrer' } : {})}
      title={`MITRE ATT&CK technique ${id}`}
      className="inline-flex items-center rounded border border-accent/30 bg-accent-soft px-1.5 py-0.5 font-mono text-[11px] font-medium leading-4 text-accent hover:border-accent"
    >
      {id}
    </a>
  );
}
