// Round 16: the address rules added for layouts of non-Latin scripts and their romanised forms, kept in one list so
// the rule index appends them in one place.
import type { RedactionRule } from '../types';
import { cyrillicRunAddress } from './address-cyrillic-runs';
import { romanisedPartsAddressRule } from './address-romanised-parts';

export const scriptLayoutRules: RedactionRule[] = [romanisedPartsAddressRule, cyrillicRunAddress];
