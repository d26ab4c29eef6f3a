-- システム管理者の手続 (ADR 0015): staff, keys from certification requests, one-time passwords,
-- designated terminals, the catalogue of sections and linkage duties, settings. Administrator
-- procedures touch no victim data: no table of persons, registrations or requests is read by them
-- except to count flag-work items of a duty and to withdraw the pending requests of a person who
-- leaves a section.

/** A one-time password (reset or first login) must be changed before anything else is allowed. */
ALTER TABLE MAMORI.STAFF ADD COLUMN MUST_CHANGE_PASSWORD BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE MAMORI.STAFF ADD COLUMN PASSWORD_CHANGED_AT TIMESTAMP(6) WITH TIME ZONE;

-- last login per person and last use per terminal are read from the login bookkeeping
CREATE INDEX MAMORI.LOGIN_SESSION_USER ON MAMORI.LOGIN_SESSION (USER_NAME, LOGGED_IN_AT);
CREATE INDEX MAMORI.LOGIN_SESSION_TERMINAL ON MAMORI.LOGIN_SESSION (TERMINAL_ID, LOGGED_IN_AT);
CREATE INDEX MAMORI.STAFF_CERTIFICATE_EXPIRY ON MAMORI.STAFF_CERTIFICATE (NOT_AFTER);

-- Every user: their own password; every role: the settings a client needs.
CREATE ALIAS API.CHANGE_PASSWORD FOR 'jp.mamori.db.proc.PasswordProcedures.changePassword';
CREATE ALIAS API.CLIENT_SETTINGS FOR 'jp.mamori.db.proc.SettingProcedures.clientSettings';

-- 利用者管理
CREATE ALIAS API.ADMIN_STAFF_LIST FOR 'jp.mamori.db.proc.StaffAdminProcedures.list';
CREATE ALIAS API.ADMIN_STAFF_CREATE FOR 'jp.mamori.db.proc.StaffAdminProcedures.create';
CREATE ALIAS API.ADMIN_STAFF_CHANGE FOR 'jp.mamori.db.proc.StaffAdminProcedures.change';
CREATE ALIAS API.ADMIN_STAFF_SET_ACTIVE FOR 'jp.mamori.db.proc.StaffAdminProcedures.setActive';
CREATE ALIAS API.ADMIN_STAFF_RESET_PASSWORD FOR 'jp.mamori.db.proc.StaffAdminProcedures.resetPassword';

-- 利用者証明書
CREATE ALIAS API.ADMIN_CERT_ISSUE FOR 'jp.mamori.db.proc.CertificateAdminProcedures.issue';
CREATE ALIAS API.ADMIN_CERT_LIST FOR 'jp.mamori.db.proc.CertificateAdminProcedures.list';
CREATE ALIAS API.ADMIN_CERT_EXPIRING FOR 'jp.mamori.db.proc.CertificateAdminProcedures.expiring';
CREATE ALIAS API.ADMIN_CERT_EXPIRING_COUNT FOR 'jp.mamori.db.proc.CertificateAdminProcedures.expiringCount';

-- 指定端末
CREATE ALIAS API.ADMIN_TERMINAL_LIST FOR 'jp.mamori.db.proc.TerminalAdminProcedures.list';
CREATE ALIAS API.ADMIN_TERMINAL_REGISTER FOR 'jp.mamori.db.proc.TerminalAdminProcedures.register';
CREATE ALIAS API.ADMIN_TERMINAL_LABEL FOR 'jp.mamori.db.proc.TerminalAdminProcedures.label';
CREATE ALIAS API.ADMIN_TERMINAL_SET_ACTIVE FOR 'jp.mamori.db.proc.TerminalAdminProcedures.setActive';

-- 所属・連携事務
CREATE ALIAS API.ADMIN_SECTION_LIST FOR 'jp.mamori.db.proc.CatalogueAdminProcedures.sections';
CREATE ALIAS API.ADMIN_DUTY_LIST FOR 'jp.mamori.db.proc.CatalogueAdminProcedures.duties';
CREATE ALIAS API.ADMIN_CATALOGUE_IMPORT FOR 'jp.mamori.db.proc.CatalogueAdminProcedures.importCatalogue';
CREATE ALIAS API.ADMIN_SECTION_ADD FOR 'jp.mamori.db.proc.CatalogueAdminProcedures.addSection';
CREATE ALIAS API.ADMIN_SECTION_RENAME FOR 'jp.mamori.db.proc.CatalogueAdminProcedures.renameSection';
CREATE ALIAS API.ADMIN_SECTION_RETIRE FOR 'jp.mamori.db.proc.CatalogueAdminProcedures.retireSection';
CREATE ALIAS API.ADMIN_DUTY_ADD FOR 'jp.mamori.db.proc.CatalogueAdminProcedures.addDuty';
CREATE ALIAS API.ADMIN_DUTY_RENAME FOR 'jp.mamori.db.proc.CatalogueAdminProcedures.renameDuty';
CREATE ALIAS API.ADMIN_DUTY_RETIRE FOR 'jp.mamori.db.proc.CatalogueAdminProcedures.retireDuty';

-- 設定
CREATE ALIAS API.ADMIN_SETTING_LIST FOR 'jp.mamori.db.proc.SettingProcedures.list';
CREATE ALIAS API.ADMIN_SETTING_SET FOR 'jp.mamori.db.proc.SettingProcedures.set';
