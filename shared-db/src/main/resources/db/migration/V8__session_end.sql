-- Sessions end on the server (ADR 0002): revocation, lock, disabling, idle time and maximum age
-- close live sessions; each LOGIN_SESSION row records why it ended. No restricted sessions are
-- opened any more: a row is written only for a login that passed every check.
ALTER TABLE MAMORI.LOGIN_SESSION ADD COLUMN END_REASON VARCHAR(16)
    CHECK (END_REASON IS NULL OR END_REASON IN ('LOGOUT', 'REVOKED', 'EXPIRED', 'LOCKED', 'DISABLED',
        'TERMINAL', 'IDLE', 'MAX_AGE', 'CLOSED', 'SERVER_STOP'));

INSERT INTO MAMORI.SETTING (NAME, VAL) VALUES ('session.maxAgeHours', '12');
