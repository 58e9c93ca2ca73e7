#!/usr/bin/env python3
"""A minimal SMTP sink for the reminder benchmark: accepts every letter, keeps none, counts them.
Usage: smtp-sink.py PORT   (prints the count to stderr when stopped with SIGTERM/SIGINT)"""
import asyncio, signal, sys

count = 0

async def session(reader, writer):
    global count
    writer.write(b"220 sink ESMTP\r\n")
    await writer.drain()
    while True:
        line = await reader.readline()
        if not line:
            break
        verb = line[:4].upper()
        if verb in (b"EHLO", b"HELO"):
            writer.write(b"250-sink\r\n250 8BITMIME\r\n")
        elif verb == b"DATA":
            writer.write(b"354 go on\r\n")
            await writer.drain()
            while True:
                chunk = await reader.readline()
                if not chunk or chunk == b".\r\n":
                    break
            count += 1
            writer.write(b"250 queued\r\n")
        elif verb == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:
            writer.write(b"250 ok\r\n")
        await writer.drain()
    writer.close()

async def main(port):
    server = await asyncio.start_server(session, "127.0.0.1", port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()
    print(f"smtp-sink: {count} letters received", file=sys.stderr)

asyncio.run(main(int(sys.argv[1])))
