import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

describe('addresses the text introduces, written as street and locality segments', () => {
  it.each([
    ['Polish, street field, number and town', '{"street": "Mickiewicza 12, Gdańsk"}', 'Mickiewicza 12, Gdańsk'],
    ['Slovenian, one per line after a label', 'Naslov:\nPrešernova 8\nKranj', 'Prešernova 8\nKranj'],
    ['Croatian, after a delivery phrase in Italian', 'la consegna va fatta a Ilica 42, Zagreb', 'Ilica 42, Zagreb'],
    ['Czech, town first, prose after', 'we moved to Tábor, Palackého 311 in May', 'Tábor, Palackého 311'],
    ['Czech, town first, German sentence around it', 'Bitte an Kolín, Husova 27 schicken', 'Kolín, Husova 27'],
    ['French, typed street without a number', 'adresse : Rue des Écoles, Dakar', 'Rue des Écoles, Dakar'],
    ['Arabic street type and a romanised town', '"shipping_address": "شارع الجمهورية, Tripoli"', 'شارع الجمهورية, Tripoli'],
    ['Portuguese, street, unit line and town', 'endereço:\nRua Direita n.º 5\n2.º Esq\nBeira', 'Rua Direita n.º 5\n2.º Esq\nBeira'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('leaves out the venue line before the street and the country after the town', () => {
    expect(addresses('Address:\nHotel Aurora\nKaralová 15\nLiberec\nCzechia\n\nsee you')).toEqual(['Karalová 15\nLiberec']);
  });

  it('finds nothing without an introduction, without a street, or in a list of street names', () => {
    expect(addresses('We support Windows 10, Linux and macOS')).toEqual([]);
    expect(addresses('Address: Berlin, Germany')).toEqual([]);
    expect(addresses('street: Ulica A,Bukowa,Cicha,Dębowa,Polna,Leśna,Krótka,Długa 5')).toEqual([]);
    expect(addresses('const emailAddress = "Main 5, Town"')).toEqual([]);
  });
});
