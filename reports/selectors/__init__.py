"""Readers for the reports. Every figure about people comes out of reports.gate; each reader works in a fixed
number of queries, whatever the number of people, and none reads anything a person wrote."""
