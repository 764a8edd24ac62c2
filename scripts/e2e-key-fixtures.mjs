// Makes the sandbox's seeded end-to-end encryption keys the way Rocket.Chat's web client does
// (apps/meteor/client/lib/e2ee: keychain.ts, crypto/pbkdf2.ts), with WebCrypto, so that Tether's
// Rust code is tested against keys it did not make itself.
//
//   node scripts/e2e-key-fixtures.mjs > crates/sandbox/src/seed_keys.rs
//
// v1 (legacy): {"$binary": base64(iv[16] ‖ AES-CBC(ciphertext))}, PBKDF2-SHA-256 over the
// passphrase with salt = user id, 1000 iterations, a 256-bit key.
// v2 (current): {"iv": base64(iv[12]), "ciphertext": base64(AES-GCM), "salt": "v2:<uid>:<uuid>",
// "iterations": 100000}.
// Strings become bytes one char code each (the client's Binary.decode), which is what a
// Latin-1 passphrase gives.
const { subtle } = globalThis.crypto;
const latin1 = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const b64 = (bytes) => Buffer.from(bytes).toString("base64");

async function derive(passphrase, salt, iterations, name) {
  const base = await subtle.importKey("raw", latin1(passphrase), { name: "PBKDF2" }, false, ["deriveBits"]);
  const bits = await subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: latin1(salt), iterations }, base, 256);
  return subtle.importKey("raw", bits, { name, length: 256 }, false, ["encrypt", "decrypt"]);
}

async function keyPair() {
  const pair = await subtle.generateKey(
    { name: "RSA-OAEP", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: { name: "SHA-256" } },
    true,
    ["encrypt", "decrypt"],
  );
  return {
    publicKey: JSON.stringify(await subtle.exportKey("jwk", pair.publicKey)),
    privateKey: JSON.stringify(await subtle.exportKey("jwk", pair.privateKey)),
  };
}

async function v1(userId, passphrase, privateKey) {
  const key = await derive(passphrase, userId, 1000, "AES-CBC");
  const iv = crypto.getRandomValues(new Uint8Array(16));
  const ct = new Uint8Array(await subtle.encrypt({ name: "AES-CBC", iv }, key, latin1(privateKey)));
  return JSON.stringify({ $binary: b64(new Uint8Array([...iv, ...ct])) });
}

async function v2(userId, passphrase, privateKey) {
  const salt = `v2:${userId}:${crypto.randomUUID()}`;
  const iterations = 100000;
  const key = await derive(passphrase, salt, iterations, "AES-GCM");
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = new Uint8Array(await subtle.encrypt({ name: "AES-GCM", iv }, key, latin1(privateKey)));
  return JSON.stringify({ iv: b64(iv), ciphertext: b64(ct), salt, iterations });
}

const rust = (s) => JSON.stringify(s);
const alice = await keyPair();
const vera = await keyPair();
const out = [
  "//! Seeded end-to-end encryption keys, made by `scripts/e2e-key-fixtures.mjs` with WebCrypto as",
  "//! Rocket.Chat's web client makes them. Public test data. Do not edit by hand.",
  "",
  "/// Alice's passphrase for her current-format (v2) key.",
  `pub const ALICE_E2E_PASSPHRASE: &str = ${rust("alice e2e words 1")};`,
  "/// Alice's public key (RSA-OAEP JWK).",
  `pub const ALICE_PUBLIC_KEY: &str = ${rust(alice.publicKey)};`,
  "/// Alice's private key JWK, as it is before encryption.",
  `pub const ALICE_PRIVATE_JWK: &str = ${rust(alice.privateKey)};`,
  "/// Alice's private key encrypted in the v2 format (AES-GCM, 100,000 iterations).",
  `pub const ALICE_PRIVATE_KEY_V2: &str = ${rust(await v2("alice000000000001", "alice e2e words 1", alice.privateKey))};`,
  "/// Vera's passphrase for her legacy (v1) key.",
  `pub const VERA_E2E_PASSPHRASE: &str = ${rust("vera-old-passphrase")};`,
  "/// Vera's public key (RSA-OAEP JWK).",
  `pub const VERA_PUBLIC_KEY: &str = ${rust(vera.publicKey)};`,
  "/// Vera's private key JWK, as it is before encryption.",
  `pub const VERA_PRIVATE_JWK: &str = ${rust(vera.privateKey)};`,
  "/// Vera's private key encrypted in the legacy v1 format (AES-CBC, 1,000 iterations).",
  `pub const VERA_PRIVATE_KEY_V1: &str = ${rust(await v1("vera0000000000012", "vera-old-passphrase", vera.privateKey))};`,
  "",
];
process.stdout.write(out.join("\n"));
