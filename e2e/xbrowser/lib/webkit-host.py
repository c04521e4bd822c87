#!/usr/bin/python3
"""A minimal WebKitGTK browser for WebKitWebDriver: one bare window per web view.

WebKitWebDriver starts it (capability webkitgtk:browserOptions.binary) with
--automation and our own flags. Debian's MiniBrowser has a toolbar that keeps its
window at least 447 px wide; this window has nothing but the web view, so a
390 px window rect gives a 390 px viewport. Console messages go to stdout
(WebKitSettings:enable-write-console-messages-to-stdout), which the suite reads.

Flags: --dark        prefer the dark theme (prefers-color-scheme: dark)
       --downloads=D save every download in directory D
"""
import os
import sys

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

args = sys.argv[1:]
downloads = next((a.split('=', 1)[1] for a in args if a.startswith('--downloads=')), None)
if '--dark' in args:
    Gtk.Settings.get_default().set_property('gtk-application-prefer-dark-theme', True)

context = WebKit2.WebContext.get_default()
context.set_automation_allowed(True)
windows = []


def on_decide_destination(download, suggested):
    name = os.path.basename(suggested) or 'download'
    download.set_allow_overwrite(True)
    download.set_destination(GLib.filename_to_uri(os.path.join(downloads, name), None))
    return True


def on_download(_context, download):
    if downloads:
        download.connect('decide-destination', on_decide_destination)
    else:
        download.cancel()


def create_web_view(_session):
    settings = WebKit2.Settings()
    settings.set_enable_write_console_messages_to_stdout(True)
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True, settings=settings)
    window = Gtk.Window()
    window.set_default_size(1280, 800)
    window.add(view)
    view.connect('close', lambda _v: window.destroy())
    window.show_all()
    windows.append(window)
    return view


def on_automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name('WebKitGTK')
    major, minor, micro = WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version()
    info.set_version(major, minor, micro)
    session.set_application_info(info)
    session.connect('create-web-view', create_web_view)


context.connect('automation-started', on_automation_started)
context.connect('download-started', on_download)
Gtk.main()
