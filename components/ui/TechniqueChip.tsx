/** An ATT&CK technique ID as a link, with its name when the page knows it (href: lib/content techniqueHref). */
export function TechniqueChip({ id, href, name }: { id: string; href: string; name?: string }) {
  const external = /^https?:/.test(href);
  return (
    <a
      href={href}
      {...(external ? { rel: 'noopener noreferrer' } : {})}
      title={name ? `MITRE ATT&CK ${id}: ${name}` : `MITRE ATT&CK technique ${id}`}
      className="chip"
    >
      <span className="font-mono">{id}</span>
      {name && <span className="font-sans font-normal">{name}</span>}
    </a>
  );
}
