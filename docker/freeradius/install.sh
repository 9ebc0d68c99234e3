#!/bin/sh
# Installs Sightline's site and SQL module into a Debian FreeRADIUS 3 configuration directory
# (default /etc/freeradius/3.0). Used by docker/freeradius/Dockerfile and by the API's
# FreeRADIUS test, so both run exactly this configuration.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
raddb=${1:-/etc/freeradius/3.0}

cp "$here/sites-available/sightline" "$raddb/sites-available/sightline"
cp "$here/mods-available/sql" "$raddb/mods-available/sql"
cp "$here/mods-config/sql/main/postgresql/queries.conf" "$raddb/mods-config/sql/main/postgresql/queries.conf"

# Only Sightline's site listens (the shipped default and inner-tunnel would take 1812/1813).
rm -f "$raddb"/sites-enabled/*
ln -s ../sites-available/sightline "$raddb/sites-enabled/sightline"

# Only the modules the site uses (EAP needs certificates, detail files grow unwatched).
rm -f "$raddb"/mods-enabled/*
for m in always attr_filter chap expr mschap pap preprocess sql; do
  ln -s "../mods-available/$m" "$raddb/mods-enabled/$m"
done

# NAS clients come from Sightline's nas table; no built-in clients.
printf '# Clients are read from Sightline'"'"'s nas table (mods-available/sql: read_clients = yes).\n' > "$raddb/clients.conf"
