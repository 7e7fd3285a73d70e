Console.Error.WriteLine("usage: Satisfaction.Benchmarks [rake|estimate] [--rows N]");
return 1;
