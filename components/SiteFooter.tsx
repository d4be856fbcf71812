const DRL = 'https://github.com/SigmaHQ/Detection-Rule-License';
const ATTACK_TERMS = 'https://attack.mitre.org/resources/legal-and-branding/terms-of-use/';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-foot">
        <p>
          Detection rules from the{' '}
          <a className="foot-link" href="https://github.com/SigmaHQ/sigma" rel="noopener noreferrer">
            SigmaHQ
          </a>{' '}
          project are shared under the{' '}
          <a className="foot-link" href={DRL} rel="noopener noreferrer">
            Detection Rule License (DRL) 1.1
          </a>
          ; each rule page names its author and links the original.
        </p>
        <p>
          MITRE ATT&amp;CK® is a registered trademark of The MITRE Corporation. © 2025 The MITRE Corporation.
          This work is reproduced and distributed with the permission of The MITRE Corporation.{' '}
          <a className="foot-link" href={ATTACK_TERMS} rel="noopener noreferrer">
            Terms of use
          </a>
          .
        </p>
      </div>
    </footer>
  );
}
