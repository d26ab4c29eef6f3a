-- Limits of the wire guard (ADR 0012): connections per source address and in total, the time a new
-- connection has to finish the TLS handshake and its session request, and calls per session per minute.
INSERT INTO MAMORI.SETTING (NAME, VAL) VALUES
    ('net.maxConnectionsPerAddress', '32'),
    ('net.maxConnections', '512'),
    ('net.handshakeTimeoutMillis', '10000'),
    ('session.maxCallsPerMinute', '600');
