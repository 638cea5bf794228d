// Round 15: the address rules added for Latin-script layouts no earlier rule read (Central American landmarks,
// Cuban and Yucatán cross streets), kept in one list so the rule index appends them in one place.
import type { RedactionRule } from '../types';
import { addressRules } from './address';
import { crossStreetAddress, landmarkAddress } from './address-latam';
import { typedStreetLineRule } from './address-typed-lines';
import { townFirstAddress } from './address-town-first';

export const latinLayoutRules: RedactionRule[] = [
  landmarkAddress,
  crossStreetAddress,
  // round 16
  typedStreetLineRule(() => addressRules),
  // round 18
  townFirstAddress,
];
