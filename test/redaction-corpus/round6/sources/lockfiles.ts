// Windows of real lockfiles of public repositories no earlier round sampled, read with the search tool's read_file and
// typed here: integrity hashes, checksums, resolved URLs and versions are the look-alikes of keys in code. Negatives.
// (The only lockfiles under node_modules, uri-js's yarn.lock and addresser's package-lock.json, were round 5's.)

const YARN = 'arhs/iban.js yarn.lock @ 05b3332016026531b3a99502dbe131106ab2e881 (MIT)';
const CARGO = 'mongodb/kingfisher Cargo.lock @ 037493b76c9be70d2a56040350829a6ae830e8d4 (Apache-2.0)';

export const LOCKFILE_WINDOWS: { text: string; from: string }[] = [
  {
    from: YARN,
    text: `"@babel/plugin-syntax-bigint@^7.8.3":
  version "7.8.3"
  resolved "https://registry.yarnpkg.com/@babel/plugin-syntax-bigint/-/plugin-syntax-bigint-7.8.3.tgz#4c9a6f669f5d0cdf1b90a1671e9a146be5300cea"
  integrity sha512-wnTnFlG+YxQm3vDxpGE57Pj0srRU4sHE/mDkt1qv2YJJSeUAec2ma4WLUnUPeKjyrfntVwe/N6dCXpU+zL3Npg==
  dependencies:
    "@babel/helper-plugin-utils" "^7.8.0"`,
  },
  {
    from: YARN,
    text: `"@babel/plugin-syntax-class-properties@^7.12.1", "@babel/plugin-syntax-class-properties@^7.8.3":
  version "7.12.1"
  resolved "https://registry.yarnpkg.com/@babel/plugin-syntax-class-properties/-/plugin-syntax-class-properties-7.12.1.tgz#bcb297c5366e79bebadef509549cd93b04f19978"
  integrity sha512-U40A76x5gTwmESz+qiqssqmeEsKvcSyvtgktrm0uzcARAmM9I1jR221f6Oq+GmHrcD+LvZDag1UTOTe2fL3TeA==
  dependencies:
    "@babel/helper-plugin-utils" "^7.10.4"`,
  },
  {
    from: YARN,
    text: `"@babel/plugin-syntax-import-meta@^7.8.3":
  version "7.10.4"
  resolved "https://registry.yarnpkg.com/@babel/plugin-syntax-import-meta/-/plugin-syntax-import-meta-7.10.4.tgz#ee601348c370fa334d2207be158777496521fd51"
  integrity sha512-Yqfm+XDx0+Prh3VSeEQCPU81yC+JWZ2pDPFSS4ZdpfZhp4MkFMaDC1UqseovEKwSUpnIL7+vK+Clp7bfh0iD7g==
  dependencies:
    "@babel/helper-plugin-utils" "^7.10.4"

"@babel/plugin-syntax-json-strings@^7.8.0", "@babel/plugin-syntax-json-strings@^7.8.3":
  version "7.8.3"`,
  },
  {
    from: YARN,
    text: `"@babel/plugin-transform-classes@^7.12.1":
  version "7.12.1"
  resolved "https://registry.yarnpkg.com/@babel/plugin-transform-classes/-/plugin-transform-classes-7.12.1.tgz#65e650fcaddd3d88ddce67c0f834a3d436a32db6"
  integrity sha512-/74xkA7bVdzQTBeSUhLLJgYIcxw/dpEpCdRDiHgPJ3Mv6uC11UhjpOhl72CgqbBCmt1qtssCyB2xnJm1+PFjog==
  dependencies:
    "@babel/helper-annotate-as-pure" "^7.10.4"
    "@babel/helper-define-map" "^7.10.4"
    "@babel/helper-function-name" "^7.10.4"
    "@babel/helper-optimise-call-expression" "^7.10.4"
    "@babel/helper-plugin-utils" "^7.10.4"
    "@babel/helper-replace-supers" "^7.12.1"
    "@babel/helper-split-export-declaration" "^7.10.4"
    globals "^11.1.0"`,
  },
  {
    from: YARN,
    text: `"@babel/plugin-transform-modules-systemjs@^7.12.1":
  version "7.12.1"
  resolved "https://registry.yarnpkg.com/@babel/plugin-transform-modules-systemjs/-/plugin-transform-modules-systemjs-7.12.1.tgz#663fea620d593c93f214a464cd399bf6dc683086"
  integrity sha512-Hn7cVvOavVh8yvW6fLwveFqSnd7rbQN3zJvoPNyNaQSvgfKmDBO9U1YL9+PCXGRlZD9tNdWTy5ACKqMuzyn32Q==
  dependencies:
    "@babel/helper-hoist-variables" "^7.10.4"
    "@babel/helper-module-transforms" "^7.12.1"
    "@babel/helper-plugin-utils" "^7.10.4"
    "@babel/helper-validator-identifier" "^7.10.4"
    babel-plugin-dynamic-import-node "^2.3.3"`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "blake3"
version = "1.8.7"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "6d9e454fc11f76977dc803893aff6304ed33d6a26efae8696573bea74baa27ae"
dependencies = [
 "arrayvec",
 "cc",
 "cfg-if",
 "constant_time_eq",
 "cpufeatures 0.3.1",
]`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "bson"
version = "2.15.0"
source = "git+https://github.com/mongodb/bson-rust?branch=2.15.x#f6f163095b5159ce175424b0e02f9bd7acfaddf2"
dependencies = [
 "ahash",
 "base64 0.22.1",
 "bitvec",
 "getrandom 0.2.17",
 "getrandom 0.3.4",
 "hex",
 "indexmap 2.14.1",`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "bytemuck"
version = "1.25.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "95832e849adfb21180ccb6826a99da14e5d266ae5c2e668e1602cf234f153797"

[[package]]
name = "byteorder"
version = "1.5.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "1fd0f2584146f6f2ef48085050886acf353beff7305ebd1ae69500e27c67f64b"`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "const-oid"
version = "0.9.6"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "c2459377285ad874054d797f3ccebf984978aa39129f6eafde5cdc8315b612f8"

[[package]]
name = "const-oid"
version = "0.10.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "a6ef517f0926dd24a1582492c791b6a4818a4d94e789a334894aa15b0d12f55c"`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "cookie_store"
version = "0.22.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "15b2c103cf610ec6cae3da84a766285b42fd16aad564758459e6ecf128c75206"
dependencies = [
 "cookie",
 "document-features",
 "idna",
 "indexmap 2.14.1",
 "log",`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "bollard-stubs"
version = "1.53.1-rc.29.3.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "ce412eb6f7096743011dc3cb5c674caeb24ced61d8c498fe07cf7998a4fea889"
dependencies = [
 "base64 0.22.1",
 "bollard-buildkit-proto",
 "bytes",
 "prost",`,
  },
];
