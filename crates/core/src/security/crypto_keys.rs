//! The user's end-to-end encryption private key as Rocket.Chat stores it (reference §6.4):
//! encrypted with a key derived from the encryption password, in the legacy v1 format or the
//! current v2 format. Changing the encryption password is done here, on this computer: decrypt
//! with the old password, encrypt again in v2 with the new one. The server never sees either.
//!
//! - v1: `{"$binary": base64(iv[16] ‖ AES-256-CBC)}`, PBKDF2-SHA-256, salt = the user id,
//!   1,000 iterations.
//! - v2: `{"iv": base64(12 bytes), "ciphertext": base64(AES-256-GCM), "salt": "v2:<uid>:<uuid>",
//!   "iterations": 100000}`.
//!
//! Passwords and salts become bytes one UTF-16 unit each, as the web client's `Binary.decode`
//! does: characters beyond Latin-1 cannot be used (the web client refuses them too).

use aes_gcm::aead::{Aead, KeyInit};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cbc::cipher::{BlockDecryptMut, KeyIvInit, block_padding::Pkcs7};
use serde_json::{Value, json};

use crate::{Error, Result, Sensitive};

/// PBKDF2 iterations of the current format.
pub const V2_ITERATIONS: u32 = 100_000;
/// PBKDF2 iterations of the legacy format.
const V1_ITERATIONS: u32 = 1_000;

/// A stored private key, read.
enum Stored {
    V1 {
        iv: Vec<u8>,
        ciphertext: Vec<u8>,
    },
    V2 {
        iv: Vec<u8>,
        ciphertext: Vec<u8>,
        salt: String,
        iterations: u32,
    },
}

fn malformed(why: &str) -> Error {
    Error::Protocol {
        endpoint: "e2e.fetchMyKeys".into(),
        reason: format!("the stored encryption key is not in a format Tether knows: {why}"),
    }
}

fn parse(stored: &str) -> Result<Stored> {
    let value: Value = serde_json::from_str(stored).map_err(|_| malformed("not JSON"))?;
    let b64 = |field: &str| -> Result<Vec<u8>> {
        let text = value
            .get(field)
            .and_then(Value::as_str)
            .ok_or_else(|| malformed(&format!("no {field}")))?;
        STANDARD
            .decode(text)
            .map_err(|_| malformed(&format!("{field} is not base64")))
    };
    if value.get("$binary").is_some() {
        let bytes = b64("$binary")?;
        if bytes.len() <= 16 {
            return Err(malformed("too short"));
        }
        let (iv, ciphertext) = bytes.split_at(16);
        return Ok(Stored::V1 {
            iv: iv.to_vec(),
            ciphertext: ciphertext.to_vec(),
        });
    }
    let salt = value
        .get("salt")
        .and_then(Value::as_str)
        .ok_or_else(|| malformed("no salt"))?
        .to_owned();
    let iterations = value
        .get("iterations")
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| *n > 0)
        .ok_or_else(|| malformed("no iteration count"))?;
    Ok(Stored::V2 {
        iv: b64("iv")?,
        ciphertext: b64("ciphertext")?,
        salt,
        iterations,
    })
}

/// A string as the web client turns it into bytes: one byte per UTF-16 unit, none above 0xFF.
fn latin1(text: &str, field: &'static str) -> Result<Vec<u8>> {
    text.encode_utf16()
        .map(|unit| u8::try_from(unit).ok())
        .collect::<Option<Vec<u8>>>()
        .ok_or_else(|| Error::InvalidInput {
            field,
            message: "Rocket.Chat's encryption password can only use Latin letters, digits and common symbols (no characters beyond Latin-1, such as emoji).".into(),
        })
}

fn derive(password: &[u8], salt: &[u8], iterations: u32) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, iterations, &mut key);
    key
}

fn wrong_password() -> Error {
    Error::InvalidInput {
        field: "current_password",
        message: "That is not the current encryption password: the key could not be opened with it. (It is the E2E password, not your sign-in password.)".into(),
    }
}

/// Opens a stored private key with its password: the private key's JWK text.
pub fn decrypt(
    stored: &str,
    user_id: &str,
    password: &Sensitive<String>,
) -> Result<Sensitive<Vec<u8>>> {
    let password = latin1(password.expose(), "current_password")?;
    let plain = match parse(stored)? {
        Stored::V1 { iv, ciphertext } => {
            let key = derive(
                &password,
                &latin1(user_id, "current_password")?,
                V1_ITERATIONS,
            );
            cbc::Decryptor::<aes::Aes256>::new_from_slices(&key, &iv)
                .map_err(|_| malformed("bad IV"))?
                .decrypt_padded_vec_mut::<Pkcs7>(&ciphertext)
                .map_err(|_| wrong_password())?
        }
        Stored::V2 {
            iv,
            ciphertext,
            salt,
            iterations,
        } => {
            if iv.len() != 12 {
                return Err(malformed("the IV is not 12 bytes"));
            }
            let key = derive(&password, &latin1(&salt, "current_password")?, iterations);
            aes_gcm::Aes256Gcm::new_from_slice(&key)
                .map_err(|_| malformed("bad key"))?
                .decrypt(aes_gcm::Nonce::from_slice(&iv), ciphertext.as_slice())
                .map_err(|_| wrong_password())?
        }
    };
    // CBC has no integrity check: a wrong password may still unpad. A private key is a JWK.
    let jwk: Option<Value> = serde_json::from_slice(&plain).ok();
    if jwk.is_none_or(|k| k.get("kty").is_none()) {
        return Err(wrong_password());
    }
    Ok(Sensitive::new(plain))
}

/// Encrypts a private key's JWK text in the current (v2) format with a new password.
pub fn encrypt_v2(
    private_jwk: &Sensitive<Vec<u8>>,
    user_id: &str,
    password: &Sensitive<String>,
) -> Result<String> {
    let password = latin1(password.expose(), "new_password")?;
    let salt = format!("v2:{user_id}:{}", uuid::Uuid::new_v4());
    let key = derive(&password, &latin1(&salt, "new_password")?, V2_ITERATIONS);
    let mut iv = [0u8; 12];
    getrandom::fill(&mut iv).map_err(|e| Error::Protocol {
        endpoint: "e2e".into(),
        reason: format!("no random numbers from the system: {e}"),
    })?;
    let ciphertext = aes_gcm::Aes256Gcm::new_from_slice(&key)
        .map_err(|_| malformed("bad key"))?
        .encrypt(
            aes_gcm::Nonce::from_slice(&iv),
            private_jwk.expose().as_slice(),
        )
        .map_err(|_| malformed("the key could not be encrypted"))?;
    Ok(json!({
        "iv": STANDARD.encode(iv),
        "ciphertext": STANDARD.encode(ciphertext),
        "salt": salt,
        "iterations": V2_ITERATIONS,
    })
    .to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> Sensitive<String> {
        Sensitive::new(s.to_owned())
    }

    #[test]
    fn a_v2_key_round_trips_and_refuses_other_passwords() {
        let jwk = Sensitive::new(br#"{"kty":"RSA","n":"x","e":"AQAB","d":"y"}"#.to_vec());
        let stored = encrypt_v2(&jwk, "u1", &secret("new pass")).expect("encrypts");
        let parsed: Value = serde_json::from_str(&stored).expect("json");
        assert!(
            parsed["salt"]
                .as_str()
                .is_some_and(|s| s.starts_with("v2:u1:"))
        );
        assert_eq!(parsed["iterations"], 100_000);
        assert_eq!(
            decrypt(&stored, "u1", &secret("new pass"))
                .expect("opens")
                .expose(),
            jwk.expose()
        );
        let wrong = decrypt(&stored, "u1", &secret("old pass"))
            .err()
            .map(|e| e.code());
        assert_eq!(wrong, Some(crate::ErrorCode::InvalidInput));
    }

    #[test]
    fn passwords_beyond_latin1_are_refused_in_words() {
        let jwk = Sensitive::new(b"{}".to_vec());
        let err = encrypt_v2(&jwk, "u1", &secret("pässwörd 😀")).err();
        assert!(err.is_some_and(|e| e.to_string().contains("Latin-1")));
        // Latin-1 itself is fine (one byte per character, as the web client does it).
        assert!(encrypt_v2(&jwk, "u1", &secret("pässwörd")).is_ok());
    }

    #[test]
    fn unknown_formats_are_named() {
        let err = decrypt("{\"foo\":1}", "u1", &secret("x")).err();
        assert_eq!(err.map(|e| e.code()), Some(crate::ErrorCode::Protocol));
    }
}
