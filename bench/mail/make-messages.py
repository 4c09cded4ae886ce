#!/usr/bin/env python3
"""Writes N messages (numbered from FIRST, default 0) shaped like customer mail into a maildir 'new' folder: plain and HTML, replies, small attachments."""
import base64, os, random, sys

out, count = sys.argv[1], int(sys.argv[2])
first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
rng = random.Random(5 + first)
words = ("printer invoice login password error screen network update order refund delivery broken urgent please "
         "thanks account server mail phone laptop license contract monday meeting report").split()

def sentence():
    return " ".join(rng.choice(words) for _ in range(rng.randint(6, 14))).capitalize() + "."

for i in range(first, first + count):
    sender = f"customer{rng.randint(1, 200)}@example.com"
    subject = " ".join(rng.choice(words) for _ in range(rng.randint(3, 7)))
    body = "\r\n\r\n".join(" ".join(sentence() for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(1, 4)))
    head = (f"Return-Path: <{sender}>\r\nFrom: Customer {i % 200} <{sender}>\r\nTo: support@example.com\r\n"
            f"Subject: {subject}\r\nDate: Sat, 21 Nov 2026 08:00:00 +0000\r\nMessage-ID: <bench-{i}@client.example>\r\n"
            "MIME-Version: 1.0\r\n")
    kind = i % 10
    if kind == 0:
        payload = base64.b64encode(os.urandom(20000)).decode()
        lines = "\r\n".join(payload[j:j + 76] for j in range(0, len(payload), 76))
        text = (head + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
                + body + '\r\n--b\r\nContent-Type: application/pdf; name="scan.pdf"\r\nContent-Disposition: attachment; filename="scan.pdf"\r\n'
                + "Content-Transfer-Encoding: base64\r\n\r\n" + lines + "\r\n--b--\r\n")
    elif kind == 1:
        text = (head + 'Content-Type: multipart/alternative; boundary="a"\r\n\r\n--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
                + body + '\r\n--a\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>' + body.replace("\r\n\r\n", "</p><p>")
                + "</p></body></html>\r\n--a--\r\n")
    else:
        text = head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
    with open(os.path.join(out, f"{1700000000 + i}.M{i}P1.bench"), "w", newline="") as f:
        f.write(text)
