# Varnish in front of Stillpoint's app servers.
#
# - Visitors without a session share one cached copy of each public page: every cookie but
#   Django's session and CSRF cookies is dropped (so analytics cookies such as _ga still hit).
# - Answers are kept for their s-maxage and served stale while being fetched again
#   (stale-while-revalidate); "private" or "no-store" answers are never kept. Static files
#   named by their content (Cache-Control: immutable) are kept for their max-age.
# - PURGE (one URL, its query variants and the routes its page serves, such as tag pages and
#   feeds) and BAN (a path pattern) are accepted only from the app servers (acl purgers);
#   Wagtail's front-end cache module sends the PURGEs when something is published.
# - X-Varnish and Age are left on answers, so an operator can see hits.
#
# The backend address is the app server's (make serve-cached writes HOST and APP_PORT into its
# copy of this file; edit it here otherwise); keep the acl to the addresses the app servers
# purge from.
vcl 4.1;

import std;

backend app {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        set req.http.X-Purge-Path = regsub(req.url, "\?.*$", "");
        if (req.http.X-Purge-Path ~ "/\*$") {
            # A change every page shows (menus, practice details): the whole site.
            ban("obj.http.X-Host == " + req.http.host);
        } else if (req.http.X-Purge-Path == "/sitemap.xml") {
            # The sitemap index and each section's sitemap.
            ban("obj.http.X-Host == " + req.http.host + " && obj.http.X-Path ~ ^/sitemap");
        } else {
            ban("obj.http.X-Host == " + req.http.host + " && obj.http.X-Path == " + req.http.X-Purge-Path);
            ban("obj.http.X-Host == " + req.http.host + " && obj.http.X-Stillpoint-Page == " + req.http.X-Purge-Path);
        }
        return (synth(200, "Purged"));
    }
    if (req.method == "BAN") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (!req.http.X-Ban-Path) {
            return (synth(400, "X-Ban-Path (a regular expression over paths) is required"));
        }
        ban("obj.http.X-Host == " + req.http.host + " && obj.http.X-Path ~ " + req.http.X-Ban-Path);
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, previews and sign-in are for one person each.
    if (req.url ~ "^/(admin|accounts)/" || req.url ~ "^/api/v2/preview/") {
        return (pass);
    }
    if (req.http.Cookie) {
        # Keep only Django's own cookies; a visitor with a session is served by the app.
        set req.http.Cookie = ";" + req.http.Cookie;
        set req.http.Cookie = regsuball(req.http.Cookie, "; +", ";");
        set req.http.Cookie = regsuball(req.http.Cookie, ";(sessionid|csrftoken|messages)=", "; \1=");
        set req.http.Cookie = regsuball(req.http.Cookie, ";[^ ][^;]*", "");
        set req.http.Cookie = regsuball(req.http.Cookie, "^[; ]+|[; ]+$", "");
        if (req.http.Cookie ~ "(^|; )(sessionid|messages)=") {
            return (pass);
        }
        # A CSRF cookie alone changes nothing on public pages: the form pages say no-store.
        unset req.http.Cookie;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.host);
    return (lookup);
}

sub vcl_backend_response {
    # What bans look at (obj.* only, so the ban lurker can work in the background).
    set beresp.http.X-Host = bereq.http.host;
    set beresp.http.X-Path = regsub(bereq.url, "\?.*$", "");
    # Static files named by their content never change: kept for the max-age they carry.
    if (bereq.url ~ "^/static/" && beresp.http.Cache-Control ~ "immutable"
        && !beresp.http.Set-Cookie) {
        return (deliver);
    }
    if (beresp.http.Cache-Control ~ "(private|no-store)" || beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "s-maxage=[1-9]") {
        # Not for sharing (or a stale copy served while the app renders the page afresh):
        # fetched from the app again next time.
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        return (deliver);
    }
    # Varnish reads s-maxage itself; stale-while-revalidate becomes grace.
    if (beresp.http.Cache-Control ~ "stale-while-revalidate=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, ".*stale-while-revalidate=([0-9]+).*", "\1s"), 0s);
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Host;
    unset resp.http.X-Path;
    unset resp.http.X-Stillpoint-Page;
    # Browsers check again each time; only Varnish keeps the page.
    if (obj.uncacheable == false && resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.X-Cache = "HIT";
        if (obj.hits == 0) {
            set resp.http.X-Cache = "MISS";
        }
    }
    return (deliver);
}
