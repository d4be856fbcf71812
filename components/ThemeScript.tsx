// Runs before first paint: marks that JS is on, pins the stored theme (else follows the system), and
// remembers a #hash so the right tab shows before hydration. Kept tiny and inline on purpose.
const script = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}var h=location.hash.slice(1);if(h)d.dataset.hash=h})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
