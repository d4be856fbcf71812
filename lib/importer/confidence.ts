// How far an analyst can trust a hit, from what the rule says about itself: `status` tells how well the rule
// has been tried (stable > test > experimental), `level` how specific the behaviour is (informational and low
// rules describe activity that is often benign by design). Documented in README, "Importing SigmaHQ".

export type Confidence = 'low' | 'medium' | 'high';

export function confidenceOf(status: string | undefined, level: string | undefined): Confidence {
  const noisy = level === 'informational' || level === 'low';
  switch (status) {
    case 'stable':
      return noisy ? 'medium' : 'high';
    case 'test':
      return noisy ? 'low' : 'medium';
    default:
      // experimental, deprecated, unsupported, or missing
      return 'low';
  }
}
