-- Administrator procedures: accounts and certificates; never victim data.
CREATE ALIAS API.ADMIN_LIST_STAFF FOR 'jp.mamori.db.proc.AdminProcedures.listStaff';
CREATE ALIAS API.ADMIN_UNLOCK_STAFF FOR 'jp.mamori.db.proc.AdminProcedures.unlockStaff';
CREATE ALIAS API.ADMIN_REVOKE_CERTIFICATE FOR 'jp.mamori.db.proc.AdminProcedures.revokeCertificate';

-- First delay after a wrong password; it doubles with each further failure, up to 4 s.
INSERT INTO MAMORI.SETTING (NAME, VAL) VALUES ('login.failureDelayMillis', '250');
