// Known facts from a newer ATT&CK release than the shipped data (SigmaHQ already tags rules for v19; no v19 STIX
// bundle was available). Source: public ATT&CK v19 change notes, gathered in shared/attack/V19-NOTES.md.
//
// The overlay never overrides the data: it is consulted only for IDs and tactic names the data lacks, and it is
// ignored entirely once the data is at least `version` (a v19+ bundle is the authority, so running
// `npm run attack:update` with a newer bundle replaces it cleanly; delete this file's entries then).
//
// Facts deliberately absent: the v19 tactic of each new technique (the notes do not give it), and names the notes
// leave blank. They stay unknown rather than guessed.

export interface OverlayTactic {
  id: string;
  shortName: string;
  name: string;
  note: string;
}

export interface OverlayTechnique {
  id: string;
  name?: string;
  /** The v18 techniques it took over. */
  previously: string[];
}

export interface AttackOverlay {
  /** ATT&CK major version these facts come from. */
  version: string;
  tactics: OverlayTactic[];
  techniques: OverlayTechnique[];
}

export const ATTACK_V19_OVERLAY: AttackOverlay = {
  version: '19',
  tactics: [
    {
      id: 'TA0005',
      shortName: 'stealth',
      name: 'Stealth',
      note: 'ATT&CK v19 split Defense Evasion (TA0005) in two: Stealth kept the ID TA0005, Defense Impairment is TA0112.',
    },
    {
      id: 'TA0112',
      shortName: 'defense-impairment',
      name: 'Defense Impairment',
      note: 'New in ATT&CK v19, split from Defense Evasion (TA0005) together with Stealth.',
    },
  ],
  techniques: [
    { id: 'T1685', name: 'Disable or Modify Tools', previously: ['T1562.001', 'T1562.006'] },
    { id: 'T1685.001', name: 'Disable or Modify Windows Event Log', previously: ['T1562.002'] },
    { id: 'T1685.002', name: 'Disable or Modify Cloud Log', previously: ['T1562.008'] },
    { id: 'T1685.004', previously: [] },
    { id: 'T1685.005', name: 'Clear Windows Event Logs', previously: ['T1070.001'] },
    { id: 'T1685.006', name: 'Clear Linux or Mac System Logs', previously: ['T1070.002'] },
    { id: 'T1686', name: 'Disable or Modify System Firewall', previously: ['T1562.004'] },
    { id: 'T1686.001', name: 'Cloud Firewall', previously: ['T1562.007'] },
    { id: 'T1686.002', previously: [] },
    { id: 'T1686.003', previously: [] },
    { id: 'T1689', name: 'Downgrade Attack', previously: ['T1562.010'] },
    { id: 'T1690', previously: [] },
    { id: 'T1684.001', name: 'Impersonation', previously: ['T1656'] },
    { id: 'T1647', name: 'Plist File Modification', previously: ['T1547.011'] },
  ],
};
