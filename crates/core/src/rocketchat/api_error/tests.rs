use super::*;

#[test]
fn maps_login_failures_to_their_own_codes() {
    let table = [
        (
            401,
            r#"{"success":false,"status":"error","error":"Unauthorized","message":"Unauthorized"}"#,
            ErrorCode::InvalidCredentials,
        ),
        (
            401,
            r#"{"success":false,"status":"error","error":"totp-required","message":"TOTP Required","details":{"method":"totp","codeGenerated":false,"availableMethods":["totp"]}}"#,
            ErrorCode::TwoFactorRequired,
        ),
        (
            401,
            r#"{"success":false,"status":"error","error":"totp-invalid","message":"TOTP Invalid"}"#,
            ErrorCode::TwoFactorInvalid,
        ),
        (
            401,
            r#"{"success":false,"status":"error","error":"error-login-blocked-for-ip","message":"x"}"#,
            ErrorCode::LoginBlocked,
        ),
        (
            401,
            r#"{"success":false,"status":"error","error":"error-user-is-not-activated","message":"x"}"#,
            ErrorCode::AccountNotActivated,
        ),
        (
            401,
            r#"{"success":false,"status":"error","error":"error-invalid-email","message":"Invalid email"}"#,
            ErrorCode::EmailNotVerified,
        ),
        (
            401,
            r#"{"success":false,"status":"error","error":"error-license-user-limit-reached","message":"x"}"#,
            ErrorCode::SeatLimitReached,
        ),
        (
            401,
            r#"{"success":false,"status":"error","error":"totp-max-attempts","message":"x","details":{"method":"email"}}"#,
            ErrorCode::TwoFactorMaxAttempts,
        ),
        // Before 7.0: Meteor's own 403, passed through (PR #32086 changed it).
        (
            401,
            r#"{"status":"error","error":403,"message":"Incorrect password"}"#,
            ErrorCode::InvalidCredentials,
        ),
        (
            401,
            r#"{"status":"error","error":403,"message":"User not found"}"#,
            ErrorCode::InvalidCredentials,
        ),
        (
            429,
            r#"{"success":false,"error":"Error, too many requests. Please slow down. You must wait 12 seconds before trying this endpoint again. [error-too-many-requests]"}"#,
            ErrorCode::RateLimited,
        ),
    ];
    for (status, body, code) in table {
        let err = ApiError::from_body("login", status, body.as_bytes(), Some(12));
        assert_eq!(err.code(), code, "{body}");
    }
}

#[test]
fn a_refused_token_login_ends_the_session_and_says_why() {
    let body = br#"{"success":false,"status":"error","error":403,"message":"Your session has expired. Please log in again."}"#;
    let err = ApiError::from_body(LOGIN_RESUME, 401, body, None);
    assert_eq!(err.code(), ErrorCode::SessionExpired);
    assert!(
        err.user_message().contains("Your session has expired"),
        "{}",
        err.user_message()
    );
    // The same body on a password login is a wrong password on a pre-7.0 server.
    let err = ApiError::from_body(LOGIN, 401, body, None);
    assert_eq!(err.code(), ErrorCode::InvalidCredentials);
    assert!(
        err.user_message()
            .starts_with("Incorrect username or password"),
        "{}",
        err.user_message()
    );
}

#[test]
fn a_401_that_is_not_rocket_chats_never_ends_a_session() {
    let cases: [(&str, &[u8], ErrorCode); 4] = [
        // A proxy's own 401 page in front of the server.
        ("me", b"<html><body>401 Authorization Required</body></html>", ErrorCode::Unreachable),
        ("me", br#"{"message":"Unauthorized"}"#, ErrorCode::Unreachable),
        // `sessions/*` without the device-management license module (reference §8).
        ("sessions/list", br#"{"success":false,"error":"unauthorized"}"#, ErrorCode::Forbidden),
        // 9.0: a missing permission becomes 401 (reference §1.2).
        ("users.list", br#"{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]","errorType":"error-unauthorized"}"#, ErrorCode::Forbidden),
    ];
    for (endpoint, body, code) in cases {
        let err = ApiError::from_body(endpoint, 401, body, None);
        assert!(
            !err.ends_session(),
            "{endpoint}: {}",
            String::from_utf8_lossy(body)
        );
        assert_eq!(
            err.code(),
            code,
            "{endpoint}: {}",
            String::from_utf8_lossy(body)
        );
    }
}

#[test]
fn server_and_proxy_failures_are_transient_refusals_are_not() {
    let proxy = ApiError::from_body(
        "users.setPreferences",
        502,
        b"<html>Bad Gateway</html>",
        None,
    );
    assert!(proxy.is_transient());
    let internal = ApiError::from_body(
        "users.setPreferences",
        500,
        br#"{"success":false,"error":"Internal server error"}"#,
        None,
    );
    assert!(internal.is_transient());
    assert!(
        internal.user_message().contains("try again"),
        "{}",
        internal.user_message()
    );
    let refused = ApiError::from_body("users.setPreferences", 400, br#"{"success":false,"error":"must be number [invalid-params]","errorType":"invalid-params"}"#, None);
    assert!(!refused.is_transient());
}

#[test]
fn a_401_on_an_authenticated_route_means_the_session_ended() {
    let body = br#"{"success":false,"status":"error","message":"You must be logged in to do this.","error":"You must be logged in to do this."}"#;
    let err = ApiError::from_body("me", 401, body, None);
    assert_eq!(err.code(), ErrorCode::SessionExpired);
}

#[test]
fn rate_limit_message_says_how_long_to_wait() {
    let err = ApiError::from_body("login", 429, b"{}", Some(42));
    assert!(
        err.user_message().contains("42 seconds"),
        "{}",
        err.user_message()
    );
    let details = crate::Error::from(err).details().map(|d| d.to_json());
    assert_eq!(details.unwrap()["retry_after_seconds"], 42);
}

#[test]
fn string_details_are_parsed_like_the_server_does() {
    let body = br#"{"success":false,"error":"x [user-last-owner]","errorType":"user-last-owner","details":"{\"shouldBeRemoved\":[\"a\"]}"}"#;
    let err = ApiError::from_body("users.deleteOwnAccount", 400, body, None);
    assert_eq!(err.details.unwrap()["shouldBeRemoved"][0], "a");
}
