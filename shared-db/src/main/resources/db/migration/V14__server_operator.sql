-- The server host's maintenance account OPERATOR@SERVERADMIN (ADR 0005): no rights of its own, these
-- procedures only, each audited by the procedure runner. No staff role may call them.
CREATE ALIAS API.SERVER_BACKUP FOR 'jp.mamori.db.proc.ServerProcedures.backup';
CREATE ALIAS API.SERVER_EXPORT_LOG FOR 'jp.mamori.db.proc.ServerProcedures.exportLog';
CREATE ALIAS API.SERVER_VERIFY_LOG FOR 'jp.mamori.db.proc.ServerProcedures.verifyLog';
CREATE ALIAS API.SERVER_VERIFY_BUNDLE FOR 'jp.mamori.db.proc.ServerProcedures.verifyBundle';
CREATE ALIAS API.SERVER_REGISTER_TERMINAL FOR 'jp.mamori.db.proc.ServerProcedures.registerTerminal';

-- Login attempts (session requests) one source address may make per window, refused by the wire
-- guard before any realm runs; the first refusal of a window is one LOGIN_FLOOD row (issue 8, finding 9).
INSERT INTO MAMORI.SETTING (NAME, VAL) VALUES
    ('login.maxAttemptsPerAddress', '30'),
    ('login.attemptWindowSeconds', '60');
