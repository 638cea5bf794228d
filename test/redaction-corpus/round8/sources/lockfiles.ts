// Windows of a real lockfile of a public repository no earlier round sampled, read with the search tool's read_file
// and typed here: SHA-256 checksums of crates, versions and registry URLs are the look-alikes of keys in code.
// Negatives. (Rounds 4-7 used node_modules/.package-lock.json, uri-js's and iban.js's yarn.lock, addresser's
// package-lock.json, Kingfisher's Cargo.lock and AfterShip/phone's yarn.lock.)

const CARGO = 'sirwart/ripsecrets Cargo.lock @ 010936e0a58a954ed67c9ac7955d8d51b876278a (MIT)';

export const LOCKFILE_WINDOWS: { text: string; from: string }[] = [
  {
    from: CARGO,
    text: `[[package]]
name = "aho-corasick"
version = "0.7.18"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "1e37cfd5e7657ada45f742d6e99ca5788580b5c529dc78faf11ece6dc702656f"
dependencies = [
 "memchr",
]`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "base64"
version = "0.13.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "904dfeac50f3cdaba28fc6f57fdcddb75f49ed61346676a78c4ffe55877802fd"

[[package]]
name = "bitflags"
version = "1.3.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "bef38d45163c2f1dde094a7dfd33ccf595c92905c8f8f4fdc18d06fb1037718a"`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "clap"
version = "3.1.10"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "3124f3f75ce09e22d1410043e1e24f2ecc44fad3afe4f08408f1f7663d68da2b"
dependencies = [
 "atty",
 "bitflags",
 "clap_derive",`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "grep-regex"
version = "0.1.9"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "121553c9768c363839b92fc2d7cdbbad44a3b70e8d6e7b1b72b05c977527bd06"
dependencies = [
 "aho-corasick",
 "bstr",`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "memoize"
version = "0.3.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "dd8ac914af411755d49b6bab6276195ff57f2c5d944698f79c3bfc33f2a162cd"
dependencies = [
 "lazy_static",
 "memoize-inner",
]`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "serde_json"
version = "1.0.73"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "bcbd0344bc6533bc7ec56df11d42fb70f1b912351c0825ccb7211b59d8af7cf5"
dependencies = [
 "itoa",
 "ryu",
 "serde",
]`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "tempfile"
version = "3.3.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "5cdb1ef4eaeeaddc8fbd371e5017057064af0911902ef36b39801f67cc6d79e4"
dependencies = [
 "cfg-if",
 "fastrand",`,
  },
  {
    from: CARGO,
    text: `[[package]]
name = "winapi-i686-pc-windows-gnu"
version = "0.4.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "ac3b87c63620426dd9b991e5ce0329eff545bccbbb34f3be09ff6fb6ab51b7b6"`,
  },
];
