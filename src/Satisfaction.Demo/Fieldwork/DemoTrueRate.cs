namespace Satisfaction.Demo.Fieldwork;

/// <summary>One line of <c>true-rates.csv</c>: a rate the simulated respondents answer from, or its population mix.</summary>
/// <param name="Programme">Programme code: <c>uss</c>, <c>asb</c> or <c>rdd_confidence</c>.</param>
/// <param name="Measure">Measure id, e.g. <c>whole_experience</c>.</param>
/// <param name="UserGroup">User group; empty for every group (a force or division figure, or the RDD survey).</param>
/// <param name="Division">Division code; empty for every division.</param>
/// <param name="Rate">Share satisfied (or confident), 0 to 1.</param>
/// <param name="Basis">
/// <c>set</c>: the rate set for the cell, from which each respondent's answer is drawn; <c>in_year_mix</c>: the cells'
/// rates averaged over the eligible records of the in-year draws (what the weighted estimate of that domain estimates).
/// </param>
public sealed record DemoTrueRate(string Programme, string Measure, string UserGroup, string Division, double Rate, string Basis);
