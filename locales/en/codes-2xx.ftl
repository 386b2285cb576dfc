## Reply codes 2yz: positive completion.

code-220 = Service Ready
    .description = The server is ready for a new user. RFC 959 defines 220 as the reply a server sends once the control connection is established and it can accept commands; it is also the positive reply to REIN and, under RFC 7151, to HOST.
    .seen = As the first line after your client connects, usually with a banner that names the server software. You also see it after REIN resets the session, after a 120 reply once the delayed service becomes ready, and after a HOST command that the server accepts.
    .fix = Nothing is wrong. Log in next: send USER, then PASS if the server answers 331.
