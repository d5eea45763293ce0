package main

import "testing"

func TestGreeting(t *testing.T) {
	if got := greeting(""); got != "hello, world" {
		t.Fatalf("greeting(\"\") = %q", got)
	}
	if got := greeting("Ada"); got != "hello, Ada" {
		t.Fatalf("greeting(\"Ada\") = %q", got)
	}
}
