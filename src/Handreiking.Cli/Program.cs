using Handreiking.Cli;

return CommandLine.Create(Console.Out, Console.Error).Parse(args).Invoke();
