// Command parallax reads several news articles about one event and compares them: who is
// involved, who said what, what happened between whom, which claims each outlet makes.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/parallax-news/parallax/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	fi, err := os.Stdout.Stat()
	term := err == nil && fi.Mode()&os.ModeCharDevice != 0 && os.Getenv("NO_COLOR") == ""
	code := cli.Main(ctx, os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Terminal: term})
	stop()
	os.Exit(code)
}
