"""The journal file: SQLite tables, connection, migrations, search and backups."""
