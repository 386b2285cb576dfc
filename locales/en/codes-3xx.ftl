## Reply codes 3yz: positive intermediate.

code-331 = Need Password
    .text = User name okay, need password.
    .description = RFC 959 gives 331 the text “User name okay, need password.” It defines 331 as the positive intermediate reply to USER: the server has accepted the name and waits for the password to complete the login. RFC 2577 suggests that servers answer 331 to every USER command, so that the reply does not reveal which user names exist.
    .seen = You see 331 right after sending USER to a server that requires a password, which is the normal login sequence. Because of the RFC 2577 advice, a 331 does not prove that the user name exists: a server that follows it rejects a wrong name only after PASS, usually with 530.
    .fix = Nothing is wrong. Send PASS with the password; the server then answers 230 if the login is complete, 332 if it also needs an account, or 530 if it refuses the credentials.

code-332 = Need Account
    .text = Need account for login.
    .description = RFC 959 gives 332 the text “Need account for login.” It defines 332 as a positive intermediate reply: the server needs account information, sent with the ACCT command, before it can complete the login. Section 4.1.1 of RFC 959 also lets a server answer 332 to a later command that requires an account if it keeps that command pending until ACCT arrives; if it discards the command instead, it answers 532.
    .seen = You see 332 after USER or PASS on a server that requires an account in addition to the user name and password. It can also come back to a later command, such as STOR, on a site that asks for an account only for specific access, for example storing files.
    .fix = Send ACCT with the account the server administrator gave you; the login, or the pending command, then goes ahead. If you have no account, ask the administrator for one: the user name and password alone are not enough on this server.

code-334 = Security Data Required
    .description = RFC 2228 defines 334 as the reply to AUTH when the server accepts the requested security mechanism and needs security data to continue. The RFC gives no fixed text: the reply may carry ADAT=base64data, security data from the server that the client uses to build its next ADAT command. RFC 4217 states that 334 is incorrect for AUTH TLS, because no ADAT exchange follows a TLS negotiation.
    .seen = You see 334 after AUTH with a security mechanism that exchanges its data through ADAT. A server that answers 334 to AUTH TLS does not follow RFC 4217, which expects 234.
    .fix = Nothing is wrong: continue the exchange by sending ADAT with the base64 data that the mechanism produces, until the server answers 235. If your client asked for AUTH TLS and got 334, report it to the server administrator, since a TLS client expects 234 before it starts the TLS negotiation.

code-335 = More Security Data Needed
    .description = RFC 2228 defines 335 as the reply to ADAT when the server accepts the security data but needs more to complete the security data exchange. The RFC gives no fixed text: the reply may carry ADAT=base64data, data that the client processes before it sends the next ADAT.
    .seen = You see 335 in the middle of an AUTH and ADAT exchange, with security mechanisms that need more than one round trip. A 335 is normally followed by another ADAT from the client, until the server answers 235.
    .fix = Nothing is wrong: the client should send the next ADAT command with the data its security mechanism produces. If the exchange stops here, check that client and server support the same mechanism; a failed exchange ends with 535 if the data is rejected, or 501 if the base64 cannot be decoded.

code-336 = Password Challenge
    .text = Username okay, need password.  Challenge is "...."
    .description = RFC 2228 gives 336 the text “Username okay, need password.  Challenge is "...."”. It defines 336 as the reply to USER when the security mechanism requires a challenge/response password: the text of the reply should contain the challenge, in a form chosen to make sense to a human user. The client must show this challenge to the user before asking for the password.
    .seen = You see 336 instead of 331 after USER, on a server whose security mechanism, negotiated with AUTH and ADAT, requires a challenge/response password.
    .fix = Read the challenge in the text of the reply, use it to build the password that the security mechanism expects, and send that password with PASS. A client should not prompt for the password before the server has answered USER, because that password depends on the challenge.

code-350 = Pending Further Information
    .text = Requested file action pending further information.
    .description = RFC 959 gives 350 the text “Requested file action pending further information.” RFC 959 lists 350 as the positive intermediate reply to REST and RNFR: the server has accepted the command and waits for the command that completes it. RFC 3659 keeps 350 as the reply to REST in STREAM mode, whose argument is the number of bytes of the next transfer to skip.
    .seen = You see 350 after REST, before a RETR or STOR that resumes a transfer, and after RNFR, before the RNTO that gives the new name. It is the normal middle step of a resumed transfer and of a rename.
    .fix = Nothing is wrong: send the command that completes the sequence, RNTO right after RNFR, or the transfer command right after REST. RFC 959 requires these commands to follow each other immediately: an RNTO that does not directly follow RNFR gets 503, and RFC 3659 leaves undefined the effect of a REST sent anywhere but just before the transfer.
