// The folders that are round 23's dev split (every earlier round, round 22's untouched split and its dev supplement
// dev22 included), shared by build.ts and check-earlier.ts so the two never disagree about what counts as seen.
export const EARLIER = ['split', 'round3', 'round4', 'round5', 'round6', 'round7', 'round8', 'round9', 'round10', 'round11', 'round12', 'round13', 'round14', 'round15', 'round16', 'round17', 'round18', 'round19', 'round20', 'round21', 'round22', 'dev22'];
export const OWN = ['round23', 'kit'];
