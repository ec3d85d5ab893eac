# Discovers UPnP devices with GSSDP (the SSDP library of GUPnP and Rygel) on one interface, as a real peer would:
# it sends M-SEARCH for a target and listens for answers and announcements. Prints one line per resource found:
#   <USN> <LOCATION>
# Usage: ssdp-discover.py <interface> <search target> <seconds>
import sys

import gi

gi.require_version("GSSDP", "1.6")
from gi.repository import GLib, GSSDP  # noqa: E402

interface, target, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
client = GSSDP.Client.new_full(interface, None, 0, GSSDP.UDAVersion.VERSION_1_0)
browser = GSSDP.ResourceBrowser.new(client, target)
loop = GLib.MainLoop()


def available(_browser, usn, locations):
    print(usn, " ".join(locations), flush=True)


browser.connect("resource-available", available)
browser.set_active(True)
GLib.timeout_add(int(seconds * 1000), loop.quit)
loop.run()
