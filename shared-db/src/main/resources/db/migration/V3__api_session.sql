-- Schema API holds the procedures: the only way a staff session reaches any data (ADR 0003).
CREATE SCHEMA IF NOT EXISTS API;

CREATE ALIAS API.SESSION_INFO FOR 'jp.mamori.db.proc.SessionProcedures.sessionInfo';
CREATE ALIAS API.RECORD_ACTION FOR 'jp.mamori.db.proc.SessionProcedures.recordAction';
CREATE ALIAS API.LOGOUT FOR 'jp.mamori.db.proc.SessionProcedures.logout';
