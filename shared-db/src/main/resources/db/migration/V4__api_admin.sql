-- Administrator procedures: accounts and certificates; never victim data.
CREATE ALIAS API.ADMIN_LIST_STAFF FOR 'jp.mamori.db.proc.AdminProcedures.listStaff';
CREATE ALIAS API.ADMIN_UNLOCK_STAFF FOR 'jp.mamori.db.proc.AdminProcedures.unlockStaff';
CREATE ALIAS API.ADMIN_REVOKE_CERTIFICATE FOR 'jp.mamori.db.proc.AdminProcedures.revokeCertificate';
