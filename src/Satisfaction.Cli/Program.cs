return await Satisfaction.Cli.CliApp.RunAsync(args).ConfigureAwait(false);
