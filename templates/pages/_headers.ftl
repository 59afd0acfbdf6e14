# Cloudflare Pages response headers. HTML pages keep Pages' default caching
# (public, max-age=0, must-revalidate): a new build is visible at once.
${site.basePath}*
  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  X-Frame-Options: DENY
  Cross-Origin-Opener-Policy: same-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()

# Names carry a content hash: cache for a year.
${site.basePath}assets/*
  Cache-Control: public, max-age=31536000, immutable

# Rewritten by each monthly build under the same names.
${site.basePath}data/*
  Cache-Control: public, max-age=3600
  Access-Control-Allow-Origin: *
${site.basePath}search/words/*
  Cache-Control: public, max-age=3600
${site.basePath}search/entries/*
  Cache-Control: public, max-age=3600
${site.basePath}projects/index.json
  Cache-Control: public, max-age=3600
