-- The API connects as a role that does not own the tables, so row-level security applies to it.
CREATE ROLE tandem_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'tandem_app_password';
