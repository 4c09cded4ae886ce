#!/usr/bin/env bash
# Private mail servers for tests, all on loopback under one folder: a dovecot (IMAP with STARTTLS, IMAPS, POP3 with
# STLS, POP3S, LMTP for delivery) and an aiosmtpd sink that keeps every message it receives as a file.
# It never touches the system dovecot service: the instance has its own config, base_dir, logs and mail store.
#
# Usage:
#   scripts/mail-servers.sh start <dir>                      install what is missing, start (or restart what is down),
#                                                            print KEY=value lines, also written to <dir>/env
#   scripts/mail-servers.sh stop <dir>                       stop everything started under <dir>
#   scripts/mail-servers.sh deliver <dir> <user> <file.eml> [folder]
#                                                            deliver through dovecot LMTP (swaks), INBOX or <folder>
#   scripts/mail-servers.sh add-users <dir> <user> <password> [<user> <password> ...]
#                                                            more mailbox users; dovecot rereads the file at most
#                                                            once a second, so wait a second before using them
#   scripts/mail-servers.sh kill-dovecot <dir>               SIGKILL dovecot and its children, as a crash would
#   scripts/mail-servers.sh env <dir>                        print the KEY=value lines again
set -euo pipefail

# Debian's aiosmtpd lives in the system interpreter, not in whatever python3 comes first on PATH (pyenv, venvs).
PY=/usr/bin/python3
PATH=$PATH:/usr/sbin:/sbin  # dovecot lives in sbin, which a non-root PATH often lacks
SMTP_USER=smtpuser
SMTP_PASSWORD=smtppass

die() { echo "mail-servers: $*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local missing=()
  command -v dovecot >/dev/null || missing+=(dovecot-core)
  [ -x /usr/lib/dovecot/imap ] || missing+=(dovecot-imapd)
  [ -x /usr/lib/dovecot/pop3 ] || missing+=(dovecot-pop3d)
  [ -x /usr/lib/dovecot/lmtp ] || missing+=(dovecot-lmtpd)
  command -v swaks >/dev/null || missing+=(swaks)
  command -v openssl >/dev/null || missing+=(openssl)
  command -v ps >/dev/null || missing+=(procps)
  [ -x "$PY" ] && "$PY" -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
  [ ${#missing[@]} = 0 ] && return
  echo "mail-servers: installing ${missing[*]}" >&2
  as_root apt-get update -qq >/dev/null
  # policy-rc.d 101 keeps the packages' postinst from starting the system dovecot: we only want the binaries.
  local policy=/usr/sbin/policy-rc.d created=0
  if [ ! -e $policy ]; then printf '#!/bin/sh\nexit 101\n' | as_root tee $policy >/dev/null; as_root chmod +x $policy; created=1; fi
  local status=0
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || status=$?
  if [ $created = 1 ]; then as_root rm -f $policy; fi
  [ $status = 0 ] || die "apt-get install ${missing[*]} failed"
}

free_ports() { # distinct free loopback ports: all sockets stay bound until every port is chosen
  "$PY" - "$1" <<'PY'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
PY
}

wait_for_port() { # host, port, what, log
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && return 0
    sleep 0.1
  done
  [ -f "$4" ] && tail -n 30 "$4" >&2
  die "$3 did not open $1:$2"
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

load_env() { [ -f "$DIR/env" ] || die "$DIR/env not found: run start first"; set -a; . "$DIR/env"; set +a; }

write_env() {
  local ports
  read -r -a ports <<<"$(free_ports 10)"
  cat >"$DIR/env" <<EOF
MAIL_HOST=127.0.0.1
IMAP_PORT=${ports[0]}
IMAPS_PORT=${ports[1]}
POP3_PORT=${ports[2]}
POP3S_PORT=${ports[3]}
LMTP_PORT=${ports[4]}
IMAP_BASIC_HOST=127.0.0.2
IMAP_BASIC_PORT=${ports[5]}
IMAP_NOLOGIN_HOST=127.0.0.3
IMAP_NOLOGIN_PORT=${ports[6]}
SMTP_PORT=${ports[7]}
SMTP_STARTTLS_PORT=${ports[8]}
SMTPS_PORT=${ports[9]}
SMTP_USER=$SMTP_USER
SMTP_PASSWORD=$SMTP_PASSWORD
MAIL_DIR=$DIR/mail
SMTP_RECEIVED_DIR=$DIR/smtp-received
TLS_CERT=$DIR/cert.pem
MAIL_USERS_FILE=$DIR/users
DOVECOT_CONF=$DIR/dovecot.conf
DOVECOT_LOG=$DIR/dovecot.log
EOF
}

# Who the instance runs as. Under root, dovecot drops privileges to the accounts its Debian package creates:
# 'dovecot' for internal services (auth, stats), 'dovenull' for the login processes that parse untrusted input,
# and Debian's stock 'mail' account owns the mailboxes of every virtual user, because dovecot refuses mail access
# as uid 0 and a new account would outlive the test run. Without root there is nobody to switch to: everything
# runs as the caller and the login processes cannot chroot.
choose_users() {
  if [ "$(id -u)" = 0 ]; then
    INTERNAL_USER=dovecot INTERNAL_GROUP=dovecot LOGIN_USER=dovenull MAIL_OWNER=mail CHROOT_LINE=""
  else
    INTERNAL_USER=$(id -un) INTERNAL_GROUP=$(id -gn) LOGIN_USER=$(id -un) MAIL_OWNER=$(id -un) CHROOT_LINE="chroot ="
  fi
  MAIL_UID=$(id -u "$MAIL_OWNER") MAIL_GID=$(id -g "$MAIL_OWNER")
}

write_dovecot_conf() {
  choose_users
  cat >"$DIR/dovecot.conf" <<EOF
# Generated by scripts/mail-servers.sh for a private test instance; every path stays under $DIR.
instance_name = gotrs-mail-$(basename "$DIR")
base_dir = $DIR/run
state_dir = $DIR/state
log_path = $DIR/dovecot.log
protocols = imap pop3 lmtp
listen = 127.0.0.1
default_internal_user = $INTERNAL_USER
default_internal_group = $INTERNAL_GROUP
default_login_user = $LOGIN_USER
mail_uid = $MAIL_UID
mail_gid = $MAIL_GID
first_valid_uid = $MAIL_UID
first_valid_gid = $MAIL_GID
mail_location = maildir:$DIR/mail/%u
mail_fsync = never

# Tests log in with plain passwords on the plain ports too; TLS is there to be used, not enforced.
ssl = yes
ssl_cert = <$DIR/cert.pem
ssl_key = <$DIR/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
# LMTP recipients arrive as user@localhost; the domain is dropped so every protocol sees the same user "agent1".
auth_username_format = %n

passdb {
  driver = passwd-file
  args = scheme=PLAIN $DIR/users
}
userdb {
  driver = passwd-file
  args = $DIR/users
  default_fields = uid=$MAIL_UID gid=$MAIL_GID home=$DIR/mail/%u
}

namespace inbox {
  inbox = yes
  separator = /
}

# LMTP to user+Folder files the message into Folder (created on first use), so tests can fill other folders.
recipient_delimiter = +
lmtp_save_to_detail_mailbox = yes
lda_mailbox_autocreate = yes

service imap-login {
  $CHROOT_LINE
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $IMAPS_PORT
    ssl = yes
  }
  inet_listener imap_basic {
    address = $IMAP_BASIC_HOST
    port = $IMAP_BASIC_PORT
  }
  inet_listener imap_nologin {
    address = $IMAP_NOLOGIN_HOST
    port = $IMAP_NOLOGIN_PORT
  }
}
service pop3-login {
  $CHROOT_LINE
  inet_listener pop3 {
    address = 127.0.0.1
    port = $POP3_PORT
  }
  inet_listener pop3s {
    address = 127.0.0.1
    port = $POP3S_PORT
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $LMTP_PORT
  }
}

# Two more addresses play older or stricter servers over the same mailboxes, so the client's fallbacks run for real:
# the basic one lacks LITERAL+, SASL-IR and UIDPLUS (synchronising literals, plain EXPUNGE); the other also says
# LOGINDISABLED, leaving AUTHENTICATE PLAIN. Only the advertised capabilities change; dovecot still accepts all.
local $IMAP_BASIC_HOST {
  protocol imap {
    imap_capability = IMAP4rev1 AUTH=PLAIN
  }
}
local $IMAP_NOLOGIN_HOST {
  protocol imap {
    imap_capability = IMAP4rev1 LOGINDISABLED AUTH=PLAIN
  }
}
EOF
}

write_smtp_sink() {
  cat >"$DIR/smtp-sink.py" <<'PY'
# SMTP sink: every message becomes <dir>/<time>-<n>.eml, prefixed with X-Sink-Mail-From / X-Sink-Rcpt-To headers
# for the envelope. Files appear by rename, so a reader never sees half a message.
import asyncio, itertools, logging, os, ssl, sys, time
logging.getLogger("mail.log").setLevel(logging.ERROR)  # aiosmtpd 1.4 warns about its own login_data on every AUTH
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

out, plain, starttls, smtps, cert, key, user, password = sys.argv[1:9]
counter = itertools.count(1)
tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
tls.load_cert_chain(cert, key)

class Sink:
    async def handle_DATA(self, server, session, envelope):
        name = f"{time.time_ns()}-{next(counter):06d}.eml"
        head = [f"X-Sink-Mail-From: <{envelope.mail_from}>"]
        head += [f"X-Sink-Rcpt-To: <{r}>" for r in envelope.rcpt_tos]
        tmp = os.path.join(out, "." + name)
        with open(tmp, "wb") as f:
            f.write(("\r\n".join(head) + "\r\n").encode("utf-8"))
            f.write(envelope.original_content)
        os.rename(tmp, os.path.join(out, name))
        return "250 OK " + name

def authenticate(server, session, envelope, mechanism, data):
    ok = isinstance(data, LoginPassword) and data.login == user.encode() and data.password == password.encode()
    # handled=False lets aiosmtpd answer 535 itself; with the default it drops the connection instead.
    return AuthResult(success=ok, handled=False)

def factory(**tls_options):
    return lambda: SMTP(Sink(), hostname="localhost", data_size_limit=100 * 1024 * 1024, enable_SMTPUTF8=True,
                        authenticator=authenticate, auth_required=False, **tls_options)

async def main():
    loop = asyncio.get_running_loop()
    await loop.create_server(factory(), "127.0.0.1", int(plain))
    await loop.create_server(factory(tls_context=tls), "127.0.0.1", int(starttls))
    await loop.create_server(factory(auth_require_tls=False), "127.0.0.1", int(smtps), ssl=tls)
    await asyncio.Event().wait()

asyncio.run(main())
PY
}

make_certificate() {
  [ -f "$DIR/cert.pem" ] && return
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:127.0.0.2,IP:127.0.0.3" \
    -keyout "$DIR/key.pem" -out "$DIR/cert.pem" 2>/dev/null
  chmod 644 "$DIR/cert.pem"
}

start() {
  install_missing
  mkdir -p "$DIR/smtp-received" "$DIR/mail" "$DIR/state"
  # The dropped-privilege processes must reach the mail store and the users file below the caller's folder.
  chmod 755 "$DIR"
  [ -f "$DIR/env" ] || write_env
  load_env
  [ -f "$DIR/users" ] || printf 'agent1:{PLAIN}secret1::::::\nagent2:{PLAIN}secret2::::::\n' >"$DIR/users"
  chmod 644 "$DIR/users"
  make_certificate
  write_dovecot_conf
  chown "$MAIL_OWNER:" "$DIR/mail"
  if ! pid_alive "$DIR/run/master.pid"; then
    dovecot -c "$DIR/dovecot.conf" </dev/null >>"$DIR/dovecot.log" 2>&1 || { tail -n 30 "$DIR/dovecot.log" >&2; die "dovecot failed"; }
  fi
  if ! pid_alive "$DIR/smtp-sink.pid"; then
    write_smtp_sink
    setsid "$PY" "$DIR/smtp-sink.py" "$DIR/smtp-received" "$SMTP_PORT" "$SMTP_STARTTLS_PORT" "$SMTPS_PORT" \
      "$DIR/cert.pem" "$DIR/key.pem" "$SMTP_USER" "$SMTP_PASSWORD" </dev/null >>"$DIR/smtp-sink.log" 2>&1 &
    echo $! >"$DIR/smtp-sink.pid"
  fi
  for port in IMAP_PORT IMAPS_PORT POP3_PORT POP3S_PORT LMTP_PORT; do wait_for_port 127.0.0.1 "${!port}" dovecot "$DIR/dovecot.log"; done
  wait_for_port "$IMAP_BASIC_HOST" "$IMAP_BASIC_PORT" dovecot "$DIR/dovecot.log"
  wait_for_port "$IMAP_NOLOGIN_HOST" "$IMAP_NOLOGIN_PORT" dovecot "$DIR/dovecot.log"
  for port in SMTP_PORT SMTP_STARTTLS_PORT SMTPS_PORT; do wait_for_port 127.0.0.1 "${!port}" smtp-sink "$DIR/smtp-sink.log"; done
  cat "$DIR/env"
}

stop_pid() { # pidfile, signal
  pid_alive "$1" || return 0
  local pid; pid=$(cat "$1")
  kill "-$2" "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

kill_dovecot() {
  pid_alive "$DIR/run/master.pid" || return 0
  local master children
  master=$(cat "$DIR/run/master.pid")
  children=$(ps -o pid= --ppid "$master" || true)
  kill -KILL "$master" $children 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$master" 2>/dev/null || return 0; sleep 0.1; done
}

stop() {
  stop_pid "$DIR/run/master.pid" TERM
  stop_pid "$DIR/smtp-sink.pid" TERM
  rm -f "$DIR/smtp-sink.pid"
}

deliver() { # user, file, [folder]
  load_env
  [ -f "$2" ] || die "no such file: $2"
  local rcpt="$1@localhost"
  if [ -n "${3:-}" ] && LC_ALL=C grep -q '[^ -~]' <<<"$3"; then
    # This dovecot's LMTP has no SMTPUTF8, so a non-ASCII folder cannot be named in the recipient: save it there
    # with dovecot's own doveadm instead, which goes through the same mail storage code.
    doveadm -c "$DIR/dovecot.conf" mailbox create -u "$1" "$3" 2>/dev/null || true
    doveadm -c "$DIR/dovecot.conf" save -u "$1" -m "$3" <"$2"
    return
  fi
  [ -n "${3:-}" ] && rcpt="\"$1+$3\"@localhost"
  local log data; log=$(mktemp) data=$(mktemp)
  # swaks' own DATA fix-ups also expand tokens such as %DATE% and the two characters \n, and drop a last "." line,
  # so the message is framed here instead: CRLF line ends, leading dots doubled, and the closing dot.
  "$PY" - "$2" "$data" <<'PY'
import re, sys
data = open(sys.argv[1], "rb").read()
data = re.sub(rb"(?<!\r)\n", b"\r\n", data)
if not data.endswith(b"\r\n"):
    data += b"\r\n"
open(sys.argv[2], "wb").write(re.sub(rb"(?m)^\.", b"..", data) + b".")
PY
  if ! swaks --silent 1 --protocol LMTP --server 127.0.0.1 --port "$LMTP_PORT" --helo localhost \
      --from sender@example.test --to "$rcpt" --no-data-fixup --data "@$data" >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log" "$data"; die "LMTP delivery to $rcpt failed"
  fi
  rm -f "$log" "$data"
}

add_users() { # user password [user password ...]
  [ -f "$DIR/users" ] || die "$DIR/users not found: run start first"
  while [ $# -ge 2 ]; do
    case "$1$2" in *:*|*$'\n'*) die "user and password may not contain ':' or a newline";; esac
    printf '%s:{PLAIN}%s::::::\n' "$1" "$2" >>"$DIR/users"
    shift 2
  done
}

command=${1:-}
[ $# -ge 2 ] || die "usage: $0 start|stop|deliver|add-users|kill-dovecot|env <dir> [...]"
[ "$command" = start ] && mkdir -p "$2"
[ -d "$2" ] || die "no such folder: $2"
DIR=$(cd "$2" && pwd)
case "$command" in
  start) start ;;
  stop) stop ;;
  deliver) [ $# -ge 4 ] || die "usage: $0 deliver <dir> <user> <file.eml> [folder]"; deliver "$3" "$4" "${5:-}" ;;
  add-users) [ $# -ge 4 ] && [ $(($# % 2)) = 0 ] || die "usage: $0 add-users <dir> <user> <password> [...]"
    shift 2; add_users "$@" ;;
  kill-dovecot) kill_dovecot ;;
  env) cat "$DIR/env" ;;
  *) die "unknown command: $command" ;;
esac
