-- The holding sections for the search filter (names only, no person data).
CREATE ALIAS API.REGISTRY_SECTIONS FOR 'jp.mamori.db.proc.RegistryProcedures.sections';
