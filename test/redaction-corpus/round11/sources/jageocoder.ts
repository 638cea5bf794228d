// Japanese addresses from t-sagara/jageocoder's search tests (tests/test_search.py, read with the search tool's
// read_file), typed here as the test's queries write them: block addresses with 丁目 left out, full-width digits and
// dashes, ノ as a hyphen, 大字 and 番地, a building name run on, a Sapporo 条 left out. Only queries with a lot or house
// number. Licence of the repository: CC-BY-SA-4.0 (addresses of public places, facts; attributed per item).
export const JAGEOCODER = {
  repo: 't-sagara/jageocoder',
  path: 'tests/test_search.py',
  commit: '0130b2bd3aaa95594b653771920f49d9d94fcb44',
  licence: 'CC-BY-SA-4.0',
  addresses: [
    '多摩市落合1-15多摩センタートーセイビル',
    '札幌市中央区北3西1-7',
    '秋田市山王4-1-1',
    '東京都西多摩郡瑞穂町大字箱根ケ崎2335番地',
    '愛知県清須市助七１',
    '静岡県静岡市葵区与一四－１',
    '山形市大字十文字１',
    '徳島県阿南市富岡町トノ町６５－６',
    '新宿区西新宿二ノ８',
    '兵庫県宍粟市山崎町上ノ１５０２',
    '石川県羽咋市一ノ宮町ケ２８',
    '龍ケ崎市薄倉２３６４',
    '大阪府大阪市中央区上町a-6',
    '愛知県春日井市上条町１',
  ],
};
