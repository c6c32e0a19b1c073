// Package examples embeds the project's own example articles: one story told by several
// outlets, written for parallax (no third-party text), with the damage real scraped news
// shows. `parallax compare` with no input reads them.
package examples

import "embed"

// Stories holds stories/<story>/<outlet file>; each story is a set of articles about one event.
//
//go:embed stories
var Stories embed.FS
