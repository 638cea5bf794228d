import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

describe('CJK addresses without a postcode, from the named division down', () => {
  it.each([
    ['CN, full-width commas, building and room', '地址：山东省，青岛市 香港东路6号，5号楼，8号室', '山东省，青岛市 香港东路6号，5号楼，8号室'],
    ['CN, district, road, number', '请寄到广东省广州市天河区天河路208号。', '广东省广州市天河区天河路208号'],
    ['TW, traditional characters', '台北市信義區市府路1號', '台北市信義區市府路1號'],
    ['JP, prefecture, ward, block numbers 2-16-1', '住所は東京都港区港南2-16-1です', '東京都港区港南2-16-1'],
    ['JP, Kyoto street directions', '京都府京都市下京区烏丸通七条下ル東塩小路町721-1', '京都府京都市下京区烏丸通七条下ル東塩小路町721-1'],
    ['JP, Sapporo grid (条/丁目)', '北海道札幌市中央区北1条西2丁目', '北海道札幌市中央区北1条西2丁目'],
    ['KR, province, city, district, road', '경기도 성남시 분당구 판교역로 235', '경기도 성남시 분당구 판교역로 235'],
    ['KR, 번길 road', '부산광역시 해운대구 센텀중앙로 79번길 10', '부산광역시 해운대구 센텀중앙로 79번길 10'],
    ['JP romanised, chōme', '135, Higashifunahashi 2 Chome, Hirakata-shi Osaka-fu', '135, Higashifunahashi 2 Chome, Hirakata-shi Osaka-fu'],
    ['JP romanised, block numbers and ward', 'Office: 1-9-1 Marunouchi, Chiyoda-ku, Tokyo', '1-9-1 Marunouchi, Chiyoda-ku, Tokyo'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('keeps a division name next to a year or a count', () => {
    for (const text of ['部長は東京都の出身で、2024年に入社', '上海 2024 年', '浙江西部有3个', 'I have 3 Sushi-ya']) expect(addresses(text), text).toEqual([]);
  });
});

describe('Colombian street nomenclature (street # cross street-metres)', () => {
  it.each([
    ['compact, locality words after it', 'Cra 18#63-64 B Chapinero Bogotá DC', 'Cra 18#63-64 B Chapinero Bogotá DC'],
    ['spaced #, town after a comma', 'Dirección: Calle 26 # 57-83, Bogotá', 'Calle 26 # 57-83, Bogotá'],
    ['No. and an avenue prefix', 'Av. Cra. 15 N° 124-30 Usaquén', 'Av. Cra. 15 N° 124-30 Usaquén'],
    ['lettered street and bis', 'Oficina en Diagonal 40A Bis # 8-23', 'Diagonal 40A Bis # 8-23'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('keeps issue numbers and a street number alone', () => {
    expect(addresses('See issue #63-64 and PR 18')).toEqual([]);
    expect(addresses('Calle 5 #3 is closed')).toEqual([]);
  });
});
