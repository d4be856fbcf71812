const DRL = 'https://github.com/SigmaHQ/Detection-Rule-License';
const ATTACK_TERMS = 'https://attack.mitre.org/resources/legal-and-branding/terms-of-use/';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-xs leading-relaxed text-muted">
        <p>
          Detection rules from the{' '}
          <a
            className="underline hover:text-ink"
            href="https://github.com/SigmaHQ/sigma"
            rel="noopener noreferrer"
          >
            SigmaHQ
          </a>{' '}
          project are shared under the{' '}
          <a className="underline hover:text-ink" href={DRL} rel="noopener noreferrer">
            Detection Rule License (DRL) 1.1
          </a>
          ; each rule page names its author and links the original.
        </p>
        <p>
          MITRE ATT&amp;CK® is a registered trademark of The MITRE Corporation. © 2025 The MITRE Corporation.
          This work is reproduced and distributed with the permission of The MITRE Corporation.{' '}
          <a className="underline hover:text-ink" href={ATTACK_TERMS} rel="noopener noreferrer">
            Terms of use
          </a>
          .
        </p>
      </div>
    </footer>
  );
}
