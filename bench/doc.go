// Package bench measures parallax side by side with peer libraries in the same run:
// neurosnap/sentences for sentence splitting, jdkato/prose for the full pipeline and named
// entities. It is a separate module so no peer becomes a dependency of the product.
//
//	cd bench && go test -run '^$' -bench . -benchmem -cpu 1
//	cd bench && go test -run Accuracy -v      # golden-rule accuracy of each splitter
package bench
