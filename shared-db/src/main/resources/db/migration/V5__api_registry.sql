-- Registry procedures of clerks and chiefs: look up, register, search, view and correct persons.
-- Every argument is text, read on the server with the Japanese input rules; see RegistryProcedures.
CREATE ALIAS API.REGISTRY_LOOKUP_NUMBER FOR 'jp.mamori.db.proc.RegistryProcedures.lookupNumber';
CREATE ALIAS API.REGISTRY_REGISTER FOR 'jp.mamori.db.proc.RegistryProcedures.register';
CREATE ALIAS API.REGISTRY_SEARCH FOR 'jp.mamori.db.proc.RegistryProcedures.search';
CREATE ALIAS API.REGISTRY_PERSON FOR 'jp.mamori.db.proc.RegistryProcedures.person';
CREATE ALIAS API.REGISTRY_CORRECT_PERSON FOR 'jp.mamori.db.proc.RegistryProcedures.correctPerson';

-- The person view and the holding-section columns read registrations by person; the unique key
-- (PERSON_ID, ACTIVE_KEY) already leads with PERSON_ID. Searching by holding section reads
-- REGISTRATION_SECTION (SECTION_CODE, RELEASE_DATE) from V2. Name and kana prefix searches use
-- PERSON_NAME_KEY and PERSON_KANA_KEY; a partial name search reads every person.
